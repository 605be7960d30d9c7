#pragma once

#include <QtGlobal>

#include <functional>
#include <list>
#include <unordered_map>
#include <vector>

namespace dd {

// The rows of a long list kept in fixed-size pages, with only the most recently used pages in
// memory. A table view asks for the same few hundred rows over and over while it paints and
// scrolls; reading them a page at a time keeps that to one query per page and memory flat
// however long the list is.
template<typename Row>
class RowPageCache
{
public:
    using Loader = std::function<std::vector<Row>(qint64 offset, int limit)>;

    explicit RowPageCache(int pageSize = 200, int maxPages = 12)
        : m_pageSize(pageSize)
        , m_maxPages(maxPages)
    {
    }

    void setLoader(Loader loader)
    {
        m_loader = std::move(loader);
        clear();
    }

    void clear()
    {
        m_pages.clear();
        m_recent.clear();
    }

    // Keeps `rows`, read already, as page `page` (a page not yet kept), so it is not read again.
    void prime(qint64 page, std::vector<Row> rows)
    {
        if (m_pages.count(page) || m_maxPages < 1)
            return;
        while (int(m_pages.size()) >= m_maxPages) {
            m_pages.erase(m_recent.back());
            m_recent.pop_back();
        }
        m_recent.push_front(page);
        m_pages.emplace(page, Page{std::move(rows), m_recent.begin()});
    }

    int pageSize() const { return m_pageSize; }
    int cachedPages() const { return int(m_pages.size()); }

    // The row at `row`, or nullptr past the end of what the loader returns.
    const Row *row(qint64 row)
    {
        if (row < 0 || !m_loader)
            return nullptr;
        const qint64 page = row / m_pageSize;
        auto found = m_pages.find(page);
        if (found == m_pages.end()) {
            while (int(m_pages.size()) >= m_maxPages) {
                m_pages.erase(m_recent.back());
                m_recent.pop_back();
            }
            m_recent.push_front(page);
            found = m_pages.emplace(page, Page{m_loader(page * m_pageSize, m_pageSize), m_recent.begin()}).first;
        } else if (found->second.recent != m_recent.begin()) {
            m_recent.splice(m_recent.begin(), m_recent, found->second.recent);
        }
        const std::vector<Row> &rows = found->second.rows;
        const size_t index = size_t(row % m_pageSize);
        return index < rows.size() ? &rows[index] : nullptr;
    }

private:
    struct Page
    {
        std::vector<Row> rows;
        std::list<qint64>::iterator recent;
    };

    int m_pageSize;
    int m_maxPages;
    Loader m_loader;
    std::unordered_map<qint64, Page> m_pages;
    std::list<qint64> m_recent; // most recent first
};

} // namespace dd
