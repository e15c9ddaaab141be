package io.ownerscope.identity;

import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ownerscope identity}: relinks the records of the whole graph that share a strong identifier. */
@Component
@Command(name = "identity", mixinStandardHelpOptions = true,
        description = "Link records of different sources that state the same INN, OGRN, BIN, LEI or IMO number "
                + "(SAME_AS), remove links that no longer hold, and refresh the designations when links changed.")
public final class IdentityCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final ObjectProvider<IdentityLinks> identityLinks;

    /** What the command uses starts only when it runs, not for {@code --help} or a bad command line. */
    IdentityCommand(ObjectProvider<IdentityLinks> identityLinks) {
        this.identityLinks = identityLinks;
    }

    @Override
    public Integer call() {
        var counts = identityLinks.getObject().relinkAll();
        var out = spec.commandLine().getOut();
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
