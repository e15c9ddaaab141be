package io.ownerscope.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;

import io.ownerscope.system.BadRequestException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code ownerscope audit export}: the audit trail between two instants as JSON lines, oldest first. */
@Component
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Read the audit trail of who looked at what.",
        subcommands = AuditCommand.Export.class)
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the entries between two instants as JSON lines, oldest first.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "2:bad command line", "3:the graph could not be read"})
    static final class Export implements Callable<Integer> {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Option(names = "--from", paramLabel = "WHEN", description = "ISO date or instant, inclusive (default: all)")
        String from;

        @Option(names = "--to", paramLabel = "WHEN", description = "ISO date or instant, exclusive (default: now)")
        String to;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of the console")
        Path output;

        @Spec
        CommandSpec spec;

        private final ObjectProvider<AuditTrail> trail;

        Export(ObjectProvider<AuditTrail> trail) {
            this.trail = trail;
        }

        @Override
        public Integer call() throws IOException {
            OffsetDateTime start;
            OffsetDateTime end;
            try {
                start = AuditController.instant("--from", from);
                end = AuditController.instant("--to", to);
            } catch (BadRequestException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            try (Writer writer = output == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                var count = trail.getObject().export(
                        start == null ? OffsetDateTime.parse("1970-01-01T00:00:00Z") : start,
                        end == null ? OffsetDateTime.now().plusSeconds(1) : end, entry -> {
                            try {
                                writer.write(JSON.writeValueAsString(entry));
                                writer.write('\n');
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                writer.flush();
                if (output != null) {
                    spec.commandLine().getOut().printf("%d audit entries written to %s%n", count, output);
                }
            }
            return 0;
        }
    }
}
