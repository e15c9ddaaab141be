package io.ownerscope.loading.command;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.ownerscope.loading.LoadProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how far a load is with <a href="https://github.com/ctongfei/progressbar">progressbar</a>: the share of the
 * input read (lines reached of the lines in the files, counted before the load starts), the ETA that follows from
 * it, and the records handled with their rate. On a terminal it redraws one line on stderr four times a second;
 * elsewhere, when asked for, it prints a plain line every ten seconds.
 */
final class ProgressBarDisplay implements LoadProgress {

    static final int TERMINAL_UPDATE_MILLIS = 250;
    static final int LOG_UPDATE_MILLIS = 10_000;

    private final Path input;
    private final Supplier<ProgressBarConsumer> consumer;
    private final ProgressBarStyle style;
    private final int updateMillis;
    private final Map<String, Long> linesBefore = new HashMap<>();
    private final Map<String, Long> lines = new HashMap<>();
    private ProgressBar bar;
    private long startedNanos;

    /**
     * @param input the file or directory being loaded, to find the files by the names the load gives
     * @param consumer where the rendered line goes
     */
    ProgressBarDisplay(Path input, Supplier<ProgressBarConsumer> consumer, ProgressBarStyle style, int updateMillis) {
        this.input = input;
        this.consumer = consumer;
        this.style = style;
        this.updateMillis = updateMillis;
    }

    /**
     * The display a command line load gets: a bar on a terminal, nothing when the output is not a terminal (CI logs
     * stay quiet), unless {@code wanted} says otherwise.
     *
     * @param wanted {@code --progress} (true), {@code --no-progress} (false) or neither (null)
     */
    static LoadProgress forCommand(Boolean wanted, Path input, PrintStream err) {
        boolean terminal = onTerminal();
        if (wanted == null ? !terminal : !wanted) {
            return NONE;
        }
        return terminal
                ? new ProgressBarDisplay(input, () -> new ConsoleProgressBarConsumer(err), ProgressBarStyle.ASCII,
                        TERMINAL_UPDATE_MILLIS)
                : new ProgressBarDisplay(input, () -> new DelegatingProgressBarConsumer(err::println),
                        ProgressBarStyle.ASCII, LOG_UPDATE_MILLIS);
    }

    /** Whether the process talks to a terminal; Java 22+ says so exactly, Java 21 by having a console at all. */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Override
    public void start(String format, List<String> files) {
        long total = 0;
        for (var file : files) {
            linesBefore.put(file, total);
            long count = lineCount(file);
            lines.put(file, count);
            total += count;
        }
        startedNanos = System.nanoTime();
        bar = new ProgressBarBuilder()
                .setTaskName("Loading " + format)
                .setInitialMax(Math.max(total, 1))
                .setUnit(" lines", 1)
                .setStyle(style)
                .setConsumer(consumer.get())
                .setUpdateIntervalMillis(updateMillis)
                .continuousUpdate()
                .build();
        bar.setExtraMessage("0 records");
    }

    @Override
    public void advanced(long records, String file, long line) {
        if (bar == null) {
            return;
        }
        long inFile = lines.containsKey(file) ? Math.min(line, lines.get(file)) : 0;
        long position = linesBefore.getOrDefault(file, 0L) + inFile;
        if (position > bar.getCurrent()) {
            bar.stepTo(position);
        }
        double seconds = Math.max((System.nanoTime() - startedNanos) / 1e9, 0.001);
        bar.setExtraMessage(String.format(Locale.ROOT, "%,d records %,.0f/s", records, records / seconds));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** Lines of the named file: newlines, plus one for a last line without one; 0 when it is not found. */
    private long lineCount(String name) {
        var file = Files.isRegularFile(input) ? input : input.resolve(name);
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        long count = 0;
        int last = '\n';
        var buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        count++;
                    }
                }
                last = buffer[n - 1];
            }
        } catch (IOException e) {
            return 0;
        }
        return last == '\n' ? count : count + 1;
    }
}
