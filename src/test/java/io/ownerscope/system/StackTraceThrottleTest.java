package io.ownerscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class StackTraceThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final StackTraceThrottle throttle = new StackTraceThrottle(clock, Duration.ofMinutes(1));

    @Test
    void aCauseIsTracedOnceAMinuteAndItsRepeatsCounted() {
        var first = throttle.onError(failure());
        clock.advance(Duration.ofSeconds(10));
        var second = throttle.onError(failure());
        clock.advance(Duration.ofSeconds(10));
        var third = throttle.onError(failure());

        assertThat(first).isEqualTo(new StackTraceThrottle.Decision(true, 1));
        assertThat(second).isEqualTo(new StackTraceThrottle.Decision(false, 2));
        assertThat(third).isEqualTo(new StackTraceThrottle.Decision(false, 3));
    }

    @Test
    void aMinuteAfterItsTraceTheCauseIsTracedAgain() {
        throttle.onError(failure());
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.onError(failure()).traced()).isFalse();

        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.onError(failure())).isEqualTo(new StackTraceThrottle.Decision(true, 1));
    }

    @Test
    void causesAreTellApartByClassAndTheFrameThatThrew() {
        throttle.onError(failure());

        assertThat(throttle.onError(otherFrame()).traced()).as("same class, another frame").isTrue();
        assertThat(throttle.onError(new IllegalArgumentException("x")).traced()).as("another class").isTrue();
        assertThat(throttle.onError(failure()).traced()).isFalse();
    }

    @Test
    void theCauseNamesTheClassAndTheTopFrame() {
        assertThat(StackTraceThrottle.causeOf(failure()))
                .startsWith("java.lang.IllegalStateException at io.ownerscope.system.StackTraceThrottleTest.failure");
    }

    private static IllegalStateException failure() {
        return new IllegalStateException("boom");
    }

    private static IllegalStateException otherFrame() {
        return new IllegalStateException("boom elsewhere");
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
