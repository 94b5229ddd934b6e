package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.delivery.route.CourierLocations;
import com.taoshu.testsupport.ApiTestBase;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;

/** A courier ping hundreds of kilometres away (a bad GPS fix) is ignored, not drawn on the board or used for ETAs. */
class CourierPingIT extends ApiTestBase {

    @Autowired
    CourierLocations locations;
    @Autowired
    RedissonClient redisson;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The next ping, 10 s later (the once-per-5-seconds gate is real time in Redis: opened for the test). */
    private CourierLocations.Position pingLater(long courier, double lat, double lng) {
        clock.advance(Duration.ofSeconds(10));
        redisson.getBucket("taoshu:courier:ping-gate:" + courier).delete();
        return locations.ping(courier, lat, lng);
    }

    private static long someCourier() {
        return 900_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    @Test
    void aJumpFasterThanACourierMovesIsIgnoredAndPlausiblePingsGoOn() {
        long courier = someCourier();
        locations.ping(courier, 28.2290, 112.9400);
        CourierLocations.Position answered = pingLater(courier, 39.9042, 116.4074); // Beijing, 10 s later
        assertThat(answered.point().lat()).as("the kept position is answered").isCloseTo(28.2290, Offset.offset(0.0001));
        assertThat(locations.last(courier).orElseThrow().point().lat()).isCloseTo(28.2290, Offset.offset(0.0001));

        pingLater(courier, 28.2300, 112.9405); // ~120 m on: GPS wander / a few metres per second
        pingLater(courier, 28.2310, 112.9420); // ~180 m in 10 s: 65 km/h but within the wander allowance
        assertThat(locations.last(courier).orElseThrow().point().lat()).isCloseTo(28.2310, Offset.offset(0.0001));
        pingLater(courier, 28.2410, 112.9420); // 1.1 km in 10 s: 400 km/h
        assertThat(locations.last(courier).orElseThrow().point().lat()).isCloseTo(28.2310, Offset.offset(0.0001));
    }

    @Test
    void aBadFirstFixIsOutvotedByTheNextTwoThatAgree() {
        long courier = someCourier();
        locations.ping(courier, 39.9042, 116.4074); // the first fix is the bad one
        pingLater(courier, 28.2290, 112.9400);
        assertThat(locations.last(courier).orElseThrow().point().lat()).isCloseTo(39.9042, Offset.offset(0.0001));
        pingLater(courier, 28.2295, 112.9402);
        assertThat(locations.last(courier).orElseThrow().point().lat()).as("two agreeing pings win")
                .isCloseTo(28.2295, Offset.offset(0.0001));
    }
}
