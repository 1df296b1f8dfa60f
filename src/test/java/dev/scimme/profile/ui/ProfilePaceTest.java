package dev.scimme.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProfilePaceTest {

    private final ProfilePace pace = new ProfilePace();

    @Test
    void a_view_waits_a_moment_for_an_api_that_answered_within_it_last_time() {
        assertThat(pace.grace()).as("before any answer").isEqualTo(ProfilePace.GRACE);

        pace.answered(Duration.ofMillis(30));

        assertThat(pace.grace()).isEqualTo(ProfilePace.GRACE);
    }

    @Test
    void a_slow_api_costs_the_layout_no_wait_until_it_answers_quickly_again() {
        pace.answered(Duration.ofMillis(200));
        assertThat(pace.grace()).isEqualTo(Duration.ZERO);

        pace.answered(Duration.ofMillis(40));
        assertThat(pace.grace()).isEqualTo(ProfilePace.GRACE);
    }
}
