package dev.scimme.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimme.profile.ProfileResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptOrPushedTest {

    private final List<ProfileResult> pushed = new ArrayList<>();
    private final PromptOrPushed delivery = new PromptOrPushed(ProfilePace.GRACE, pushed::add);

    @Test
    void a_profile_that_came_within_the_grace_is_delivered_in_the_answer_and_never_pushed() {
        delivery.arrived(ProfileFixtures.demoProfile());

        assertThat(delivery.awaitPrompt()).contains(ProfileFixtures.demoProfile());
        assertThat(pushed).isEmpty();
    }

    @Test
    void a_profile_that_comes_after_the_grace_is_pushed_once() {
        assertThat(delivery.awaitPrompt()).isEmpty();

        delivery.arrived(ProfileFixtures.demoProfile());

        assertThat(pushed).containsExactly(ProfileFixtures.demoProfile());
    }

    @Test
    void with_no_grace_a_profile_not_there_yet_is_pushed() {
        PromptOrPushed noWait = new PromptOrPushed(Duration.ZERO, pushed::add);

        assertThat(noWait.awaitPrompt()).isEmpty();
        noWait.arrived(ProfileFixtures.demoProfile());

        assertThat(pushed).containsExactly(ProfileFixtures.demoProfile());
    }
}
