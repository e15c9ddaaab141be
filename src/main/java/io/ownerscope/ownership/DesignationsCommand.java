package io.ownerscope.ownership;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ownerscope designations}: recomputes the derived designations of the whole graph. */
@Component
@Command(name = "designations", mixinStandardHelpOptions = true,
        description = "Recompute and mark the listed and derived designations of the whole graph "
                + "(OFAC 50% rule, EU and UK ownership and control).")
public final class DesignationsCommand implements Callable<Integer> {

    @Option(names = "--regime", description = "OFAC, EU or UK (default: all)")
    String regime;

    @Option(names = "--as-of", description = "Date the rules are applied on (default: today)")
    LocalDate asOf;

    @Spec
    CommandSpec spec;

    private final ObjectProvider<DesignationRecompute> designationRecompute;

    /** What the command uses starts only when it runs, not for {@code --help} or a bad command line. */
    DesignationsCommand(ObjectProvider<DesignationRecompute> designationRecompute) {
        this.designationRecompute = designationRecompute;
    }

    @Override
    public Integer call() {
        var date = asOf == null ? LocalDate.now() : asOf;
        var recompute = designationRecompute.getObject();
        List<DesignationRecompute.Counts> counts;
        try {
            counts = regime == null ? recompute.recomputeAll(date) : List.of(recompute.recompute(regime, date));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.printf("%-6s %-10s %10s %10s %10s %10s%n", "regime", "as of", "listed", "derived", "possibly", "ms");
        counts.forEach(c -> out.printf("%-6s %-10s %10d %10d %10d %10d%n", c.regime(), c.asOf(), c.listed(),
                c.derived(), c.possibly(), c.millis()));
        out.flush();
        return 0;
    }
}
