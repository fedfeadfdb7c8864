#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace athanor::test {

// Several QObject test classes share one executable per area (linking Qt test executables is
// what makes CI slow). Each class registers itself with ATHANOR_TEST(Class); the suite's main
// runs one class named on its command line, or all of them.
struct TestEntry
{
    const char* name;
    std::function<std::unique_ptr<QObject>()> create;
};

std::vector<TestEntry>& registry();

struct Registrar
{
    Registrar(const char* name, std::function<std::unique_ptr<QObject>()> create)
    {
        registry().push_back({name, std::move(create)});
    }
};

} // namespace athanor::test

#define ATHANOR_TEST(Class)                                                                                           \
    static const athanor::test::Registrar athanor_test_registrar_##Class(#Class,                                     \
                                                                        [] { return std::make_unique<Class>(); });
