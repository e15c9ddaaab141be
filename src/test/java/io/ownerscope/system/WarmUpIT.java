package io.ownerscope.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.ownerscope.OwnerscopeApplication;
import io.ownerscope.testing.ApiClient;
import io.ownerscope.testing.HarnessNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** The service is reported ready (readiness, health, the ready line) only after its warm-ups have finished. */
class WarmUpIT {

    private static final String SLOW = "slow test warm-up";

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<ConfigurableApplicationContext> serving = new CompletableFuture<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger systemLogger = (Logger) LoggerFactory.getLogger("io.ownerscope.system");
    private ConfigurableApplicationContext context;

    @AfterEach
    void stop() {
        release.countDown();
        systemLogger.detachAppender(log);
        if (context != null) {
            context.close();
        }
    }

    @Test
    void healthReportsWarmingThenUpAndTheReadyLineFollowsTheWarmUp() throws Exception {
        var starting = CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(OwnerscopeApplication.class)
                .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("slowWarmUp", WarmUp.class,
                        () -> new WarmUp(SLOW, this::waitForRelease)))
                .listeners(event -> {
                    if (event instanceof WebServerInitializedEvent initialized) {
                        // after Spring Boot has set the logging up, before the warm-ups start
                        log.start();
                        systemLogger.addAppender(log);
                        serving.complete((ConfigurableApplicationContext) initialized.getApplicationContext());
                    }
                })
                .run("--server.port=0", "--spring.neo4j.uri=" + HarnessNeo4j.boltUri()));
        entered.await();
        var early = serving.get();
        int port = early.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        var client = new ApiClient(port);

        var warming = client.get("/actuator/health");
        assertThat(warming.statusCode()).isEqualTo(503);
        var warmingBody = ApiClient.json(warming);
        assertThat(warmingBody.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(warmingBody.path("components").path("warmUp").path("details").path("warming").toString())
                .contains(SLOW);
        assertThat(early.getBean(ApplicationAvailability.class).getReadinessState())
                .isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(messages()).noneMatch(line -> line.contains("ownerscope is ready"));

        release.countDown();
        context = starting.join();

        var up = client.get("/actuator/health");
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        assertThat(ApiClient.json(up).path("status").asString()).isEqualTo("UP");
        assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
                .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        var lines = messages();
        int ready = indexOf(lines, "ownerscope is ready");
        assertThat(ready).isGreaterThan(indexOf(lines, "Warm-up '" + SLOW + "' finished"));
        assertThat(ready).isGreaterThan(indexOf(lines, "Warm-up 'saved query check' finished"));
        assertThat(ready).isGreaterThan(indexOf(lines, "Warm-up 'exposure index snapshot' finished"));
    }

    private void waitForRelease() {
        entered.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> messages() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("not logged: " + text + " in " + lines);
    }
}
