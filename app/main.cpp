// SPDX-License-Identifier: GPL-3.0-or-later
// The `quorum` executable: Qt Core and Qt Sql only. The verbs that read and write library data
// (CommandLine::runsWithoutGui) run here; the window and every other verb are in the window
// module, loaded on demand, so that `quorum search` does not spend most of its time loading the
// window's libraries (Qt Gui, Widgets, Pdf, fonts) that it never uses.
#include "commandline.h"
#include "windowmodule.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>
#include <new>
#include <string>

#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

namespace {

/** Says an error nothing else caught in one line on standard error; the exit status is then 1. */
int uncaught(const char *what)
{
    std::fprintf(stderr, "quorum: an unexpected error stopped Quorum: %s\n", what);
    return 1;
}

/** The folder of this executable, from /proc (not argv[0], which a caller chooses). */
std::string ownFolder()
{
    char path[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        return ".";
    std::string folder(path, size_t(n));
    return folder.substr(0, folder.rfind('/'));
}

/**
 * Loads the window module and runs it: beside the executable in the build tree, else where
 * `cmake --install` puts it (QUORUM_MODULE_RELATIVE_DIR, relative to the executable's folder).
 * The module's own messages are translated; a missing module is said in plain English, as no
 * translation can be loaded without it either.
 */
int runWindowModule(int argc, char **argv)
{
    const std::string folder = ownFolder();
    const std::string places[]
        = {folder + "/" QUORUM_WINDOW_MODULE, folder + "/" QUORUM_MODULE_RELATIVE_DIR "/" QUORUM_WINDOW_MODULE};
    std::string failures;
    for (const std::string &place : places) {
        void *module = ::dlopen(place.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            failures += std::string("\n  ") + ::dlerror();
            continue;
        }
        using Entry = int (*)(int, char **);
        if (auto entry = reinterpret_cast<Entry>(::dlsym(module, "quorum_window_main")))
            return entry(argc, argv);
        failures += std::string("\n  ") + place + ": no entry point quorum_window_main";
    }
    std::fprintf(stderr,
                 "quorum: cannot load Quorum's window module (%s), so only the verbs search, check, "
                 "import and export --format json work; reinstall Quorum. Tried:%s\n",
                 QUORUM_WINDOW_MODULE, failures.c_str());
    return 1;
}

int run(int argc, char **argv)
{
    if (!Quorum::CommandLine::runsWithoutGui(argc, argv))
        return runWindowModule(argc, argv);
    QCoreApplication app(argc, argv);
    Quorum::CommandLine::setIdentity();
    return Quorum::CommandLine::run(app.arguments());
}

} // namespace

int main(int argc, char **argv)
{
    // No exception leaves main: out of memory or any other failure that no verb or window caught
    // becomes one line and exit status 1, never an abort.
    try {
        return run(argc, argv);
    } catch (const std::bad_alloc &) {
        return uncaught("out of memory");
    } catch (const std::exception &e) {
        return uncaught(e.what());
    } catch (...) {
        return uncaught("unknown error");
    }
}
