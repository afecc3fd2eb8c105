package kz.utm.geofence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import kz.utm.core.common.AltitudeBand;
import kz.utm.core.common.ZoneId;

class ZoneIndexBatchTest {

    private final ZoneIndex index = ZoneIndex.build(List.of(
            RandomAirspace.zone(1, RandomAirspace.circle(43.25, 76.95, 2_000)),
            RandomAirspace.zone(2, RandomAirspace.rectangle(76.90, 43.20, 77.00, 43.30), new AltitudeBand(0, 120)),
            RandomAirspace.zone(3, RandomAirspace.circle(51.13, 71.43, 500))), GeofenceSettings.defaults());

    @Test
    void answersEachPointOfABatchAsASingleCheckWould() {
        long seed = RandomAirspace.seed();
        SplittableRandom random = new SplittableRandom(seed);
        int n = 5_000;
        double[] lats = new double[n];
        double[] lons = new double[n];
        double[] alts = new double[n];
        for (int i = 0; i < n; i++) {
            boolean almaty = random.nextBoolean();
            lats[i] = (almaty ? 43.25 : 51.13) + random.nextDouble(-0.08, 0.08);
            lons[i] = (almaty ? 76.95 : 71.43) + random.nextDouble(-0.08, 0.08);
            alts[i] = random.nextDouble(-20, 200);
        }

        List<ZoneCheck> answers = index.checkAll(lats, lons, alts);

        assertThat(answers).hasSize(n);
        ZoneHits hits = new ZoneHits();
        int inside = 0;
        for (int i = 0; i < n; i++) {
            index.check(lats[i], lons[i], alts[i], hits);
            ZoneCheck answer = answers.get(i);
            assertThat(answer.inside().stream().mapToInt(ZoneId::value).toArray())
                    .as("seed=%d point %d", seed, i).isEqualTo(RandomAirspace.insideIds(hits));
            assertThat(answer.near().stream().mapToInt(ZoneId::value).toArray())
                    .as("seed=%d point %d", seed, i).isEqualTo(RandomAirspace.nearIds(hits));
            assertThat(answer.isInsideAny()).isEqualTo(hits.isInsideAny());
            inside += answer.isInsideAny() ? 1 : 0;
        }
        assertThat(inside).as("seed=%d: the batch reaches inside some zones", seed).isPositive();
    }

    @Test
    void refusesArraysOfDifferentLengths() {
        assertThatThrownBy(() -> index.checkAll(new double[2], new double[2], new double[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2, 2, 1");
        assertThat(index.checkAll(new double[0], new double[0], new double[0])).isEmpty();
    }
}
