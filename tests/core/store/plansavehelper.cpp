// SPDX-License-Identifier: MIT
// plan_save_helper PLAN save|replace: saves PLAN over and over, alternating
// between its content A and a variant B (every title changed, one move), until
// killed. Used by the kill-during-save test. Prints "begin" on stdout (flushed)
// right before each save and "end" right after it, so that the test knows
// whether its kill landed while a save was in progress.
#include "store/planstore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const bool replace = qstrcmp(argv[2], "replace") == 0;
    for (;;) {
        org::Plan plan;
        if (const auto st = org::PlanStore::load(path, plan); !st) {
            std::fprintf(stderr, "load: %s\n", qPrintable(st.error));
            return 1;
        }
        org::Org &o = plan.scenarios.front().org;
        // Toggle: titles end in "*" in variant B, and position 2 moves between 0 and 1.
        for (org::Org::Vertex v = 0; v < org::Org::Vertex(o.size()); ++v) {
            org::Position p = o.position(v);
            p.title = p.title.endsWith(QLatin1Char('*')) ? p.title.chopped(1) : p.title + QLatin1Char('*');
            o.setPosition(v, p);
        }
        o.setManager(2, o.manager(2) == 0 ? 1 : 0);
        std::fputs("begin\n", stdout);
        std::fflush(stdout);
        const auto st = replace ? org::PlanStore::replace(plan, path) : org::PlanStore::save(plan, path);
        if (!st) {
            std::fprintf(stderr, "save: %s\n", qPrintable(st.error));
            return 1;
        }
        std::fputs("end\n", stdout);
        std::fflush(stdout);
    }
}
