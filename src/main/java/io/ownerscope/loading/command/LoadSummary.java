package io.ownerscope.loading.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import io.ownerscope.loading.LoadReport;

/** The table a load prints when it ends. */
final class LoadSummary {

    private static final int MAX_REJECTS_SHOWN = 50;

    private LoadSummary() {
    }

    private static String fileName(String file) {
        var name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }

    static void print(LoadReport report, PrintWriter out) {
        print(report, null, out);
    }

    /** @param rejectsFile where every rejected row was written, or null when none was */
    static void print(LoadReport report, Path rejectsFile, PrintWriter out) {
        var counts = report.counts();
        out.printf("%nLoad run %s (dataset %s)%n", report.loadRunId(), report.dataset());
        out.printf("  %-15s %10d%n", "entities", counts.entities());
        var column = report.addressColumn();
        if (column.addresses() > 0) {
            var from = column.file() == null ? "entity rows" : fileName(column.file());
            out.printf("  %-15s %10d  (%d from the address column of %s)%n", "addresses",
                    counts.addresses() + column.addresses(), column.addresses(), from);
            out.printf("  %-15s %10d%n", "relationships", counts.relationships() - column.addresses());
            out.printf("  %-15s %10d  (entity to address, from the address column of %s)%n", "address links",
                    column.addresses(), from);
        } else {
            out.printf("  %-15s %10d%n", "addresses", counts.addresses());
            out.printf("  %-15s %10d%n", "relationships", counts.relationships());
        }
        out.printf("  %-15s %10d%n", "sanctions", counts.sanctions());
        out.printf("  %-15s %10d%n", "shipments", counts.shipments());
        out.printf("  %-15s %10d%n", "rejected", counts.rejected());
        report.warnings().forEach(warning -> out.println("warning: " + warning));
        report.rejects().stream().limit(MAX_REJECTS_SHOWN).forEach(reject -> out.println("rejected: " + reject));
        long notShown = counts.rejected() - Math.min(MAX_REJECTS_SHOWN, report.rejects().size());
        if (notShown > 0) {
            out.printf("... and %d more rejected rows%s%n", notShown,
                    rejectsFile == null ? "" : " (all of them are in the rejects file)");
        }
        if (rejectsFile != null) {
            out.println("Rejected rows written to " + rejectsFile);
        }
        out.printf(Locale.ROOT, "%d records in %.1f s (%,.0f records/s)%n", counts.records(),
                report.elapsed().toMillis() / 1000.0, report.recordsPerSecond());
        var steps = report.afterLoad().steps();
        if (!steps.isEmpty()) {
            out.println("After the load:");
            steps.forEach(step -> out.printf(Locale.ROOT, "  %-23s %7d ms%s%n", step.name(), step.took().toMillis(),
                    step.failed() ? "  FAILED (see the log)" : ""));
        }
        out.flush();
    }
}
