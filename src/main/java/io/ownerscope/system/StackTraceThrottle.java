package io.ownerscope.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether an error's stack trace is logged: once per distinct cause (exception class and the frame it was
 * thrown from) per window; repeats inside the window are counted, so that one failing request sent in a loop writes
 * one trace a minute and a line per repeat instead of a trace per request.
 */
final class StackTraceThrottle {

    /** Distinct causes remembered at most; past it the memory starts again (a trace more, never an unbounded map). */
    private static final int MAX_CAUSES = 1_000;

    private final Clock clock;
    private final Duration window;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    StackTraceThrottle(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    /**
     * @param traced whether to log the stack trace now
     * @param repeats errors of this cause since its trace was last logged, this one included (1 when traced)
     */
    record Decision(boolean traced, long repeats) {
    }

    Decision onError(Throwable error) {
        if (windows.size() >= MAX_CAUSES) {
            windows.clear();
        }
        var now = clock.instant();
        var current = windows.compute(causeOf(error), (key, open) ->
                open == null || !now.isBefore(open.start().plus(window)) ? new Window(now, 1)
                        : new Window(open.start(), open.count() + 1));
        return new Decision(current.count() == 1, current.count());
    }

    static String causeOf(Throwable error) {
        var frames = error.getStackTrace();
        return error.getClass().getName() + (frames.length == 0 ? "" : " at " + frames[0]);
    }

    private record Window(Instant start, long count) {
    }
}
