package io.ownerscope.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link WarmUp} on a thread of its own as soon as the context has started, and holds the start-up until
 * all have finished: Spring Boot runs the application runners before it announces the service ready, so the ready
 * line, the readiness state and health UP come after the warm-up. Meanwhile the health reports OUT_OF_SERVICE and,
 * to administrators, what is still warming.
 */
@Component("warmUp")
@ConditionalOnWebApplication
class WarmUps implements ApplicationRunner, HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUps.class);

    private final List<WarmUp> warmUps;
    private final Map<String, Long> finished = new ConcurrentHashMap<>();
    private final List<CompletableFuture<Void>> running = new ArrayList<>();
    private volatile boolean started;

    WarmUps(List<WarmUp> warmUps) {
        this.warmUps = List.copyOf(warmUps);
    }

    @EventListener(ApplicationStartedEvent.class)
    synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        for (var warmUp : warmUps) {
            var done = new CompletableFuture<Void>();
            running.add(done);
            Thread.ofPlatform().daemon().name("warm-up").start(() -> {
                long begun = System.nanoTime();
                try {
                    warmUp.task().run();
                } catch (RuntimeException e) {
                    LOG.warn("Warm-up '{}' failed ({}); the service starts without it", warmUp.name(),
                            e.getMessage());
                } finally {
                    long millis = (System.nanoTime() - begun) / 1_000_000;
                    finished.put(warmUp.name(), millis);
                    LOG.info("Warm-up '{}' finished in {} ms", warmUp.name(), millis);
                    done.complete(null);
                }
            });
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        start();
        List<CompletableFuture<Void>> waiting;
        synchronized (this) {
            waiting = List.copyOf(running);
        }
        CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).join();
    }

    @Override
    public Health health() {
        var warming = warmUps.stream().map(WarmUp::name).filter(name -> !finished.containsKey(name)).toList();
        var done = new LinkedHashMap<String, Long>();
        warmUps.stream().map(WarmUp::name).filter(finished::containsKey)
                .forEach(name -> done.put(name, finished.get(name)));
        var health = warming.isEmpty() ? Health.up() : Health.outOfService().withDetail("warming", warming);
        return health.withDetail("warmedMillis", done).build();
    }
}
