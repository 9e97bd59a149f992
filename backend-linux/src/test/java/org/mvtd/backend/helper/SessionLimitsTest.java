package org.mvtd.backend.helper;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mvtd.backend.link.Designs;
import org.mvtd.backend.link.FakeKernel;
import org.mvtd.backend.protocol.DesignJson;
import org.mvtd.backend.protocol.ErrorCode;
import org.mvtd.backend.protocol.Wire;

/** F5: one session cannot make the root helper hold unbounded subscriptions, threads or time. */
class SessionLimitsTest {
    private static final String HELLO = "{\"id\":0,\"command\":\"hello\",\"version\":1}";
    private final FakeKernel kernel = FakeKernel.withDevices("eth0");

    @Test
    void sixHundredSubscriptionsAreRefusedPastTheLimitAndThreadsStayBounded() throws Exception {
        String design = Wire.JSON.writeValueAsString(DesignJson.write(Designs.small("lab")));
        int threadsBefore = Thread.activeCount();
        int accepted = 0;
        int refused = 0;
        int peakThreads = 0;
        try (RawSession s = new RawSession(InProcessHelpers.transport(kernel))) {
            s.call(HELLO);
            for (int i = 1; i <= 600; i++) {
                JsonNode r = s.call("{\"id\":" + i + ",\"command\":\"subscribe\",\"design\":" + design + ",\"host\":\"kvm1\"}");
                if (r.path("type").asText().equals("reply")) {
                    accepted++;
                } else {
                    assertThat(r.path("code").asText()).isEqualTo(ErrorCode.LIMIT_REACHED.wireName());
                    assertThat(r.path("message").asText()).contains("4 subscriptions");
                    refused++;
                }
                peakThreads = Math.max(peakThreads, Thread.activeCount());
            }
            // unsubscribing frees a place
            assertThat(s.call("{\"id\":601,\"command\":\"unsubscribe\",\"subscription\":1}").path("type").asText()).isEqualTo("reply");
            assertThat(s.call("{\"id\":602,\"command\":\"subscribe\",\"design\":" + design + ",\"host\":\"kvm1\"}")
                    .path("type").asText()).isEqualTo("reply");
        }
        assertThat(accepted).isEqualTo(Subscriptions.MAX_PER_SESSION);
        assertThat(refused).isEqualTo(600 - Subscriptions.MAX_PER_SESSION);
        // each feed runs a few threads; 600 unbounded feeds made 1,821 in the review
        assertThat(peakThreads - threadsBefore).as("threads added by the session").isLessThan(40);
    }

    @Test
    void aSessionWithNoRequestAndNoSubscriptionIsEndedWhenIdle() throws Exception {
        PipedOutputStream toHelper = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(toHelper);
        HelperSession session = new HelperSession(InProcessHelpers.config(kernel, OptionalInt.empty()), in,
                new java.io.ByteArrayOutputStream(), List.of());
        CountDownLatch idle = new CountDownLatch(1);
        long started = System.nanoTime();
        IdleWatch.start(session, Duration.ofMillis(300), idle::countDown);
        assertThat(idle.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
        toHelper.close();
    }

    @Test
    void aQuietSessionWithASubscriptionIsNotIdle() throws Exception {
        String design = Wire.JSON.writeValueAsString(DesignJson.write(Designs.small("lab")));
        PipedOutputStream toHelper = new PipedOutputStream();
        PipedInputStream fromHelper = new PipedInputStream(1 << 20);
        HelperSession session = new HelperSession(InProcessHelpers.config(kernel, OptionalInt.empty()),
                new PipedInputStream(toHelper), new PipedOutputStream(fromHelper), List.of());
        Thread runner = new Thread(() -> {
            try {
                session.run();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        runner.start();
        long hour = TimeUnit.HOURS.toNanos(1);
        toHelper.write((HELLO + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        toHelper.flush();
        java.io.BufferedReader replies = new java.io.BufferedReader(new java.io.InputStreamReader(fromHelper,
                java.nio.charset.StandardCharsets.UTF_8));
        replies.readLine();
        assertThat(session.idleNanos(System.nanoTime() + hour)).as("no subscription: idle").isGreaterThan(hour / 2);
        toHelper.write(("{\"id\":1,\"command\":\"subscribe\",\"design\":" + design + ",\"host\":\"kvm1\"}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        toHelper.flush();
        replies.readLine();
        assertThat(session.idleNanos(System.nanoTime() + hour)).as("a subscription open: in use").isZero();
        toHelper.close();
        runner.join(5000);
    }
}
