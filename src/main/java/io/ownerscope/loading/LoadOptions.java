package io.ownerscope.loading;

/**
 * How one load treats what it rejects and shows how it advances.
 *
 * @param rejects where every rejected row is written as it is rejected, or null to keep them in the report only
 * @param maxRejects how many rejected rows a load tolerates before it aborts; negative for no limit
 * @param progress told of every batch, to show how far the load is
 */
public record LoadOptions(RejectsFile rejects, long maxRejects, LoadProgress progress) {

    public static final LoadOptions DEFAULT = new LoadOptions(null, -1, LoadProgress.NONE);

    boolean tooManyRejects(long rejected) {
        return maxRejects >= 0 && rejected > maxRejects;
    }
}
