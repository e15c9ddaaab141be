package io.ownerscope.loading;

import java.util.List;

/**
 * What a load did.
 *
 * @param loadRunId the {@code LoadRun} node that records it
 * @param dataset the dataset name every written record carries
 * @param counts records written and rejected
 * @param rejects the rejected rows with file, line and reason (the first thousand; {@code counts} has them all, the
 *        rejects file every one)
 * @param warnings things worth knowing that did not reject a row (e.g. unknown columns)
 */
public record LoadReport(String loadRunId, String dataset, LoadCounts counts, List<Reject> rejects,
        List<String> warnings) {

    public boolean hasRejects() {
        return counts.rejected() > 0;
    }
}
