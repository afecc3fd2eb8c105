package kz.utm.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.DomainEvent;
import kz.utm.core.common.UserId;
import kz.utm.core.common.ZoneId;
import kz.utm.core.zone.ZoneEvent;

class InMemoryEventLogTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void keepsEventsInPublicationOrderAndFiltersByType() {
        InMemoryEventLog log = new InMemoryEventLog();
        DomainEvent created = new ZoneEvent.ZoneCreated(ZoneId.of(1), UserId.of(1), T0);
        DomainEvent changed = new ZoneEvent.ZoneChanged(ZoneId.of(1), ZoneEvent.Change.DEACTIVATED, UserId.of(1), T0);

        log.publish(created);
        log.publish(changed);

        assertThat(log.events()).containsExactly(created, changed);
        assertThat(log.events(ZoneEvent.ZoneChanged.class)).containsExactly((ZoneEvent.ZoneChanged) changed);
    }

    @Test
    void handsEachEventToSubscribersRegisteredBeforeIt() {
        InMemoryEventLog log = new InMemoryEventLog();
        DomainEvent first = new ZoneEvent.ZoneCreated(ZoneId.of(1), UserId.of(1), T0);
        DomainEvent second = new ZoneEvent.ZoneCreated(ZoneId.of(2), UserId.of(1), T0);
        List<DomainEvent> seen = new ArrayList<>();

        log.publish(first);
        log.subscribe(seen::add);
        log.publish(second);

        assertThat(seen).containsExactly(second);
    }

    @Test
    void clearForgetsEventsButKeepsSubscribers() {
        InMemoryEventLog log = new InMemoryEventLog();
        List<DomainEvent> seen = new ArrayList<>();
        log.subscribe(seen::add);
        log.publish(new ZoneEvent.ZoneCreated(ZoneId.of(1), UserId.of(1), T0));

        log.clear();
        log.publish(new ZoneEvent.ZoneCreated(ZoneId.of(2), UserId.of(1), T0));

        assertThat(log.events()).hasSize(1);
        assertThat(seen).hasSize(2);
    }

    @Test
    void refusesNull() {
        InMemoryEventLog log = new InMemoryEventLog();
        assertThatThrownBy(() -> log.publish(null)).isInstanceOf(NullPointerException.class);
        assertThat(log.events()).isEmpty();
    }

    @Test
    void losesNoEventPublishedConcurrently() throws InterruptedException {
        InMemoryEventLog log = new InMemoryEventLog();
        int threads = 8;
        int perThread = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            int offset = t * perThread;
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 1; i <= perThread; i++) {
                    log.publish(new ZoneEvent.ZoneCreated(ZoneId.of(offset + i), UserId.of(1), T0));
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        assertThat(log.events(ZoneEvent.ZoneCreated.class))
                .extracting(e -> e.zoneId().value())
                .doesNotHaveDuplicates()
                .hasSize(threads * perThread);
    }
}
