package io.ownerscope.identity;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.ownerscope.cli.CliContext;
import picocli.CommandLine.Command;

/** {@code ownerscope identity}: relinks the records of the whole graph that share a strong identifier. */
@Command(name = "identity", mixinStandardHelpOptions = true,
        description = "Link records of different sources that state the same INN, OGRN, BIN, LEI or IMO number "
                + "(SAME_AS), remove links that no longer hold, and refresh the designations when links changed.")
public final class IdentityCommand implements Callable<Integer> {

    private final Supplier<CliContext> context;

    public IdentityCommand(Supplier<CliContext> context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var counts = context.get().bean(IdentityLinks.class).relinkAll();
        var out = context.get().out();
        out.printf("identity links: %d (added %d, removed %d); malformed identifiers: %d; %d ms%n", counts.links(),
                counts.added(), counts.removed(), counts.malformed(), counts.millis());
        for (var shared : counts.overShared()) {
            out.printf("not linked: %s %s is stated by %d records (e.g. %s)%n", shared.scheme(), shared.value(),
                    shared.records(), String.join(", ", shared.sampleIds()));
        }
        out.flush();
        return 0;
    }
}
