package io.ownerscope.loading;

import java.time.Duration;
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
 * @param elapsed from the start of the run to the last row written
 * @param addressColumn the addresses made from the address column of entity rows; the {@code counts} have them as
 *        relationships (the link from the entity), not as addresses
 * @param afterLoad the steps run after the load, filled in by those who follow {@link GraphLoaded}
 */
public record LoadReport(String loadRunId, String dataset, LoadCounts counts, List<Reject> rejects,
        List<String> warnings, Duration elapsed, AddressColumn addressColumn, AfterLoadSteps afterLoad) {

    /** Addresses (each with its link from the entity) made from the address column of a file of entities. */
    public record AddressColumn(long addresses, String file) {
    }

    public boolean hasRejects() {
        return counts.rejected() > 0;
    }

    /** Records (rows written and rejected) a second over the whole run. */
    public double recordsPerSecond() {
        var seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : counts.records() / seconds;
    }
}
