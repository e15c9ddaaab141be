package io.ownerscope.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code ownerscope load --format csv DIR} as a user does, in a JVM of its own against a running service's Bolt
 * connector, and times the whole command: start-up, the load and the work after it. Its output goes to a log file
 * beside the CSV files; the load summary is read back from it.
 */
final class LoadCommandRun {

    /**
     * @param seconds the whole command, from starting the JVM to its exit
     * @param summary the lines the command printed from its load summary on
     */
    record Result(int exitCode, double seconds, List<String> summary, Path log) {
    }

    private final List<String> jvmOptions;

    LoadCommandRun(List<String> jvmOptions) {
        this.jvmOptions = jvmOptions;
    }

    /** A load command started and not waited for. */
    record Started(Process process, long startNanos, Path log) {
    }

    Result run(Path csv, String dataset, List<String> boltSettings, List<String> extraArguments, Path log)
            throws IOException, InterruptedException {
        return finish(start(csv, dataset, boltSettings, extraArguments, log));
    }

    Started start(Path csv, String dataset, List<String> boltSettings, List<String> extraArguments, Path log)
            throws IOException {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        var classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, "io.ownerscope.OwnerscopeApplication"));
        }
        command.addAll(List.of("load", "--format", "csv", csv.toString(), "--dataset", dataset, "--no-progress"));
        command.addAll(extraArguments);
        command.addAll(boltSettings);
        long start = System.nanoTime();
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Started(process, start, log);
    }

    Result finish(Started started) throws IOException, InterruptedException {
        int exit = started.process().waitFor();
        double seconds = (System.nanoTime() - started.startNanos()) / 1e9;
        var log = started.log();
        var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        int from = 0;
        var summary = new ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Load run ")) {
                from = i;
            }
            if (lines.get(i).contains("Started OwnerscopeApplication in")) {
                summary.add("start-up: " + lines.get(i).substring(lines.get(i).indexOf("Started ")));
            }
        }
        summary.addAll(lines.subList(from, lines.size()));
        return new Result(exit, seconds, List.copyOf(summary), log);
    }
}
