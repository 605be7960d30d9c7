// A database's location (issue 20): a file or a PostgreSQL server in libpq's URI form. The URI
// the Connect dialog builds must reach the server libpq would reach with the same fields, and
// what is shown or kept must never carry the password.
#include <catch2/catch.hpp>

#include "storage/DatabaseLocation.h"

#include <QDir>

using namespace dd;
using Server = DatabaseLocation::Server;

namespace {

Server anna()
{
    Server server;
    server.host = QStringLiteral("db.example.com");
    server.database = QStringLiteral("disputedesk");
    server.user = QStringLiteral("anna");
    return server;
}

std::string text(const QString &value)
{
    return value.toStdString();
}

} // namespace

TEST_CASE("Locations: postgresql and postgres URIs are servers, paths are files", "[storage][location][issue20]")
{
    CHECK(DatabaseLocation::isServer(QStringLiteral("postgresql://anna@db/dd")));
    CHECK(DatabaseLocation::isServer(QStringLiteral("postgres://db/dd")));
    CHECK(DatabaseLocation::isServer(QStringLiteral("PostgreSQL://db/dd")));
    CHECK_FALSE(DatabaseLocation::isServer(QStringLiteral("/home/anna/postgresql/desk.sqlite")));
    CHECK_FALSE(DatabaseLocation::isServer(QStringLiteral("postgresql.sqlite")));
    CHECK_FALSE(DatabaseLocation::isServer(QString()));
}

TEST_CASE("Locations: a plain server URI leaves out the default port", "[storage][location][issue20]")
{
    Server server = anna();
    CHECK(text(server.uri()) == "postgresql://anna@db.example.com/disputedesk");
    server.port = 6432;
    CHECK(text(server.uri()) == "postgresql://anna@db.example.com:6432/disputedesk");

    const auto parsed = Server::parse(QStringLiteral("postgresql://anna@db.example.com/disputedesk"));
    REQUIRE(parsed);
    CHECK(parsed->port == 5432);
    CHECK(text(parsed->host) == "db.example.com");
    CHECK(text(parsed->user) == "anna");
    CHECK(text(parsed->database) == "disputedesk");
    CHECK(parsed->password.isEmpty());
    CHECK(parsed->sslMode.isEmpty());
}

TEST_CASE("Locations: @, / and : in a password are encoded and read back", "[storage][location][issue20]")
{
    Server server = anna();
    server.password = QStringLiteral("p@ss/w:rd?#&%");
    const QString uri = server.uri();
    CHECK(text(uri) == "postgresql://anna:p%40ss%2Fw%3Ard%3F%23%26%25@db.example.com/disputedesk");
    const auto parsed = Server::parse(uri);
    REQUIRE(parsed);
    CHECK(*parsed == server);
}

TEST_CASE("Locations: a user name and a database name with spaces and slashes", "[storage][location][issue20]")
{
    Server server = anna();
    server.user = QStringLiteral("jan de vries@kantoor");
    server.database = QStringLiteral("debiteuren/2026 é");
    const QString uri = server.uri();
    CHECK(text(uri) == "postgresql://jan%20de%20vries%40kantoor@db.example.com/debiteuren%2F2026%20%C3%A9");
    const auto parsed = Server::parse(uri);
    REQUIRE(parsed);
    CHECK(*parsed == server);
}

TEST_CASE("Locations: an IPv6 host is written in brackets", "[storage][location][issue20]")
{
    Server server = anna();
    server.host = QStringLiteral("2001:db8::17");
    server.port = 5433;
    CHECK(text(server.uri()) == "postgresql://anna@[2001:db8::17]:5433/disputedesk");
    const auto parsed = Server::parse(server.uri());
    REQUIRE(parsed);
    CHECK(text(parsed->host) == "2001:db8::17");
    CHECK(parsed->port == 5433);
    CHECK(text(DatabaseLocation::displayName(server.uri())) == "anna@[2001:db8::17]:5433/disputedesk");

    const auto noPort = Server::parse(QStringLiteral("postgresql://[::1]/dd"));
    REQUIRE(noPort);
    CHECK(text(noPort->host) == "::1");
    CHECK(noPort->port == 5432);
}

TEST_CASE("Locations: a socket directory goes in a host parameter", "[storage][location][issue20]")
{
    Server server = anna();
    server.host = QStringLiteral("/tmp/pg sockets");
    server.port = 5499;
    CHECK(text(server.uri()) == "postgresql://anna@:5499/disputedesk?host=/tmp/pg%20sockets");
    const auto parsed = Server::parse(server.uri());
    REQUIRE(parsed);
    CHECK(*parsed == server);
    CHECK(parsed->isSocket());

    // libpq's other spelling of a socket: the directory percent-encoded as the host.
    const auto encoded = Server::parse(QStringLiteral("postgresql://%2Fvar%2Flib%2Fpostgresql/dbname"));
    REQUIRE(encoded);
    CHECK(text(encoded->host) == "/var/lib/postgresql");
    CHECK(text(encoded->database) == "dbname");
}

TEST_CASE("Locations: sslmode and other parameters are kept in order", "[storage][location][issue20]")
{
    const QString uri = QStringLiteral("postgresql://anna@db.example.com/disputedesk?sslmode=verify-full&connect_timeout=5&application_name=Desk%20A");
    const auto parsed = Server::parse(uri);
    REQUIRE(parsed);
    CHECK(text(parsed->sslMode) == "verify-full");
    REQUIRE(parsed->options.size() == 2);
    CHECK(text(parsed->options.at(0).first) == "connect_timeout");
    CHECK(text(parsed->options.at(0).second) == "5");
    CHECK(text(parsed->options.at(1).second) == "Desk A");
    CHECK(parsed->uri() == uri);
}

TEST_CASE("Locations: parameters may name the fields the authority leaves out", "[storage][location][issue20]")
{
    const auto parsed = Server::parse(QStringLiteral("postgres:///?host=/run/postgresql&port=5444&dbname=dd&user=piet&password=geheim"));
    REQUIRE(parsed);
    CHECK(text(parsed->host) == "/run/postgresql");
    CHECK(parsed->port == 5444);
    CHECK(text(parsed->database) == "dd");
    CHECK(text(parsed->user) == "piet");
    CHECK(text(parsed->password) == "geheim");
    CHECK(parsed->options.isEmpty());
}

TEST_CASE("Locations: URIs that cannot be read are refused", "[storage][location][issue20]")
{
    CHECK_FALSE(Server::parse(QStringLiteral("/home/anna/desk.sqlite")));
    CHECK_FALSE(Server::parse(QStringLiteral("postgresql://db:99999/dd")));
    CHECK_FALSE(Server::parse(QStringLiteral("postgresql://db:port/dd")));
    CHECK_FALSE(Server::parse(QStringLiteral("postgresql://[::1/dd")));
    CHECK_FALSE(Server::parse(QStringLiteral("postgresql://db/dd?port=0")));
}

TEST_CASE("Locations: the display name shows no password and no parameter", "[storage][location][issue20]")
{
    CHECK(text(DatabaseLocation::displayName(QStringLiteral("postgresql://anna:geheim@db.example.com/disputedesk?sslmode=require&sslpassword=sleutel")))
          == "anna@db.example.com:5432/disputedesk");
    CHECK(text(DatabaseLocation::displayName(QStringLiteral("postgresql://db.example.com:6432/dd"))) == "db.example.com:6432/dd");
    CHECK(text(DatabaseLocation::displayName(QStringLiteral("postgresql://anna@/dd?host=/tmp/pgc&password=geheim"))) == "anna@/tmp/pgc:5432/dd");
    CHECK(text(DatabaseLocation::displayName(QStringLiteral("postgresql:///dd"))) == "localhost:5432/dd");
    // Unreadable (bad port): still nothing of the user info.
    const QString broken = DatabaseLocation::displayName(QStringLiteral("postgresql://anna:geheim@db:x/dd?password=geheim"));
    CHECK_FALSE(broken.contains(QStringLiteral("geheim")));
    CHECK(text(broken) == "db:x/dd");
    // A file: its path, as the title and messages showed it before servers.
    CHECK(DatabaseLocation::displayName(QStringLiteral("/home/anna/desk.sqlite")) == QDir::toNativeSeparators(QStringLiteral("/home/anna/desk.sqlite")));
}

TEST_CASE("Locations: the short name is a file's name or a server's display name", "[storage][location][issue20]")
{
    CHECK(text(DatabaseLocation::shortName(QStringLiteral("/home/anna/desks/desk.sqlite"))) == "desk.sqlite");
    CHECK(text(DatabaseLocation::shortName(QStringLiteral("postgresql://anna:geheim@db/dd"))) == "anna@db:5432/dd");
}

TEST_CASE("Locations: what is kept has no secrets", "[storage][location][issue20]")
{
    const QString kept = DatabaseLocation::withoutSecrets(
        QStringLiteral("postgresql://anna:p%40ss@db.example.com:6432/dd?sslmode=require&password=other&sslpassword=key&connect_timeout=5"));
    CHECK(text(kept) == "postgresql://anna@db.example.com:6432/dd?sslmode=require&connect_timeout=5");
    CHECK_FALSE(DatabaseLocation::hasPassword(kept));
    CHECK(DatabaseLocation::hasPassword(QStringLiteral("postgresql://anna:p%40ss@db/dd")));
    CHECK(DatabaseLocation::hasPassword(QStringLiteral("postgresql://db/dd?password=x")));
    CHECK(DatabaseLocation::withoutSecrets(QStringLiteral("postgresql://anna:geheim@db:x/dd")).isEmpty());
    CHECK(text(DatabaseLocation::withoutSecrets(QStringLiteral("/home/anna/desk.sqlite"))) == "/home/anna/desk.sqlite");
}
