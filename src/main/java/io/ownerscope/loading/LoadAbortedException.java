package io.ownerscope.loading;

/**
 * A load stopped because it rejected more rows than {@code --max-rejects} allows. The batches written before stay in
 * the graph; the {@code LoadRun} is marked {@code aborted} with its counts; loading the fixed input again converges.
 */
public final class LoadAbortedException extends LoadException {

    private final transient LoadReport report;

    LoadAbortedException(String message, LoadReport report) {
        super(message);
        this.report = report;
    }

    /** What the load did before it stopped. */
    public LoadReport report() {
        return report;
    }
}
