#pragma once

class QObject;

namespace dd::test {

// QAbstractItemModelTester in Fatal mode on every model of ours below a window or view (and on
// the proxies over them): from then on every reset, layout change, insertion and dataChanged the
// test causes is checked, and a broken model ends the test program with the tester's reason.
// Call it right after constructing the widget; the models are made in the constructors. A model
// is given one tester, however often this is called; the tester lives as long as the model.
class ModelTesters
{
public:
    // The number of models under test below `root` afterwards.
    static int attach(QObject &root);
};

} // namespace dd::test
