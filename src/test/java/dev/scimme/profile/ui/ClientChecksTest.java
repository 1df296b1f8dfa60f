package dev.scimme.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo@example.com", "first.last+tag@mail.example.co.uk", "δοκιμή@παράδειγμα.δοκιμή"})
    void addresses_any_mail_server_takes_pass(String address) {
        assertThat(ClientChecks.email(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "demo@", "@example.com", "demo@example", "de mo@example.com", "a@b@example.com"})
    void what_is_not_an_address_is_said_so(String address) {
        assertThat(ClientChecks.email(address)).contains(ClientChecks.NOT_AN_EMAIL);
    }

    @Test
    void an_empty_entry_is_to_be_filled_in_or_removed() {
        assertThat(ClientChecks.email(" ")).contains(ClientChecks.EMPTY_ENTRY);
        assertThat(ClientChecks.phoneNumber("")).contains(ClientChecks.EMPTY_ENTRY);
    }

    @Test
    void two_hundred_fifty_six_characters_pass_and_one_more_does_not_counting_characters_not_chars() {
        assertThat(ClientChecks.attribute("x".repeat(256), false)).isEmpty();
        assertThat(ClientChecks.attribute("\uD83D\uDE00".repeat(256), false)).isEmpty();
        assertThat(ClientChecks.attribute("x".repeat(257), false)).contains(ClientChecks.TOO_LONG);
        assertThat(ClientChecks.phoneNumber("1".repeat(257))).contains(ClientChecks.TOO_LONG);
    }

    @Test
    void a_required_attribute_must_not_be_blank_an_optional_one_may() {
        assertThat(ClientChecks.attribute("  ", true)).contains(ClientChecks.REQUIRED);
        assertThat(ClientChecks.attribute("", false)).isEmpty();
    }
}
