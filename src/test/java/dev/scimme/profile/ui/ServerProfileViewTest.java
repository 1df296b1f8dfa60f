package dev.scimme.profile.ui;

import static dev.scimme.profile.ui.ProfileFixtures.HOSTILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import dev.scimme.profile.MyProfileService;
import dev.scimme.profile.ProfileFailure;
import dev.scimme.profile.ProfileFailure.Kind;
import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.edit.ProfileEditingService;
import dev.scimme.security.ScopesToGrant;
import dev.scimme.security.SignedInAs;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@SpringBootTest
@ActiveProfiles("test")
class ServerProfileViewTest extends SpringBrowserlessTest {

    @MockitoBean
    MyProfileService profiles;

    @MockitoBean
    ProfileEditingService editing;

    @BeforeEach
    void signIn() {
        SignedInAs.signIn(SignedInAs.demoUser());
        when(editing.capabilities()).thenReturn(EditFixtures.editable());
    }

    @AfterEach
    void signOut() {
        SignedInAs.signOut();
    }

    @Test
    void the_page_arrives_with_the_profile_already_in_it() {
        when(profiles.load()).thenReturn(ProfileFixtures.demoProfile());

        ServerProfileView view = navigate(ServerProfileView.class);

        assertThat(row(view, "email")).isEqualTo("demo@example.comprimary\nd@home.example (home)");
        assertThat(row(view, "given-name")).isEqualTo("Demo");
        assertThat(row(view, "family-name")).isEqualTo("User");
        assertThat(row(view, "attribute-0")).isEqualTo("Engineering");
        assertThat(view.card.failure.isVisible()).isFalse();
        assertThat(view.card.goHome.getText()).isEqualTo("Go to index page");
        assertThat(view.card.signOut.getText()).isEqualTo("Sign out");
        verify(profiles, times(1)).load();
    }

    @Test
    void edit_profile_opens_the_form_which_knows_to_come_back_here() {
        when(profiles.load()).thenReturn(ProfileFixtures.demoProfile());
        when(editing.draftOf(org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> EditFixtures.draftOf(call.getArgument(0)));
        ServerProfileView view = navigate(ServerProfileView.class);
        assertThat(view.card.notEditable.isVisible()).isFalse();

        test(view.card.edit).click();

        assertThat(getCurrentView()).isInstanceOf(ProfileEditView.class);
        assertThat(com.vaadin
                        .flow
                        .component
                        .UI
                        .getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getPathWithQueryParameters())
                .isEqualTo("profile/edit?from=server-profile");
    }

    @Test
    void without_patch_support_no_edit_is_offered_and_the_reason_is_given_as_text() {
        when(profiles.load()).thenReturn(ProfileFixtures.demoProfile());
        when(editing.capabilities()).thenReturn(EditFixtures.notEditable("<b>PATCH</b> is not supported here"));

        ServerProfileView view = navigate(ServerProfileView.class);

        assertThat(view.card.edit.isVisible()).isFalse();
        assertThat(view.card.notEditable.isVisible()).isTrue();
        assertThat(view.card.notEditable.getText()).isEqualTo("<b>PATCH</b> is not supported here");
    }

    @Test
    void a_failed_profile_offers_no_edit() {
        when(profiles.load()).thenReturn(ProfileFixtures.failed(Kind.SERVER_ERROR, 500, null));

        ServerProfileView view = navigate(ServerProfileView.class);

        assertThat(view.card.edit.isVisible()).isFalse();
        assertThat(view.card.notEditable.isVisible()).isFalse();
    }

    @Test
    void no_account_link_when_the_settings_give_no_account_page() {
        when(profiles.load()).thenReturn(ProfileFixtures.demoProfile());

        navigate(ServerProfileView.class);

        assertThat(find(com.vaadin.flow.component.html.Anchor.class)
                        .withId(AccountLink.ID)
                        .all())
                .isEmpty();
    }

    @Test
    void hostile_values_are_shown_literally_as_text() {
        when(profiles.load()).thenReturn(ProfileFixtures.hostileProfile());

        ServerProfileView view = navigate(ServerProfileView.class);

        assertThat(row(view, "email")).startsWith(HOSTILE);
        assertThat(row(view, "given-name")).isEqualTo(HOSTILE);
        assertThat(row(view, "family-name")).isEqualTo("<b>bold</b>");
        assertThat(row(view, "attribute-0")).isEqualTo("<script>alert(2)</script>");
        assertThat(view.card.rows.getElement().getOuterHTML())
                .doesNotContain("<img", "<b>", "<script>")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void hostile_attribute_names_and_address_types_are_shown_literally_as_text() {
        when(profiles.load()).thenReturn(ProfileFixtures.hostileLabelsProfile());

        ServerProfileView view = navigate(ServerProfileView.class);

        assertThat(elementsWithText(view, ProfileFixtures.HOSTILE_ATTRIBUTE_NAME))
                .as("elements whose own text is the attribute's name (none: it went in as markup)")
                .anySatisfy(label -> assertThat(label.getText()).isEqualTo(ProfileFixtures.HOSTILE_ATTRIBUTE_NAME));
        for (String hostile : List.of(
                ProfileFixtures.HOSTILE_ATTRIBUTE_NAME,
                ProfileFixtures.HOSTILE_EMAIL_TYPE,
                ProfileFixtures.HOSTILE_PHONE_TYPE)) {
            assertThat(elementsWithText(view, hostile)).as(hostile).isNotEmpty().allSatisfy(element -> {
                assertThat(element.getChildren().filter(child -> !child.isTextNode()))
                        .as("child elements")
                        .isEmpty();
                assertThat(element.hasProperty("innerHTML")).as("innerHTML").isFalse();
            });
            assertThat(elements(view))
                    .as("markup set from " + hostile)
                    .noneMatch(element -> element.hasProperty("innerHTML")
                            && element.getProperty("innerHTML", "").contains(hostile));
        }
    }

    /** Elements (not text nodes) whose own text holds {@code text}. */
    private static List<Element> elementsWithText(Component view, String text) {
        return elements(view)
                .filter(element -> !element.isTextNode() && element.getText().contains(text))
                .toList();
    }

    private static Stream<Element> elements(Component view) {
        return elementTree(view.getElement());
    }

    private static Stream<Element> elementTree(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ServerProfileViewTest::elementTree));
    }

    @Test
    void a_ten_thousand_character_value_is_cut_to_500_characters_saying_how_many_were_left_out() {
        when(profiles.load()).thenReturn(ProfileFixtures.oversizedProfile());

        ServerProfileView view = navigate(ServerProfileView.class);

        assertThat(row(view, "given-name")).isEqualTo("\u2068" + "W".repeat(500) + "\u2069… (9500 more characters)");
    }

    @Test
    void a_cut_never_splits_a_character_made_of_two_java_chars() {
        when(profiles.load()).thenReturn(ProfileFixtures.oversizedProfile());

        ServerProfileView view = navigate(ServerProfileView.class);

        assertThat(row(view, "attribute-0"))
                .isEqualTo("\u2068" + "\uD83D\uDE00".repeat(500) + "\u2069… (100 more characters)");
    }

    @Test
    void a_thousand_email_addresses_show_the_first_twenty_and_count_the_rest() {
        when(profiles.load()).thenReturn(ProfileFixtures.oversizedProfile());

        ServerProfileView view = navigate(ServerProfileView.class);

        String[] lines = row(view, "email").split("\n");
        assertThat(lines).hasSize(21);
        assertThat(lines[0]).isEqualTo("user0@example.comprimary");
        assertThat(lines[19]).isEqualTo("user19@example.com (other)");
        assertThat(lines[20]).isEqualTo("… and 980 more addresses");
    }

    @Test
    void right_to_left_and_zero_width_characters_are_shown_unchanged_as_text() {
        when(profiles.load()).thenReturn(ProfileFixtures.oversizedProfile());

        ServerProfileView view = navigate(ServerProfileView.class);

        assertThat(row(view, "family-name")).isEqualTo(ProfileFixtures.RTL_AND_ZERO_WIDTH);
    }

    @Test
    void a_long_api_error_detail_is_shortened_too() {
        when(profiles.load()).thenReturn(ProfileFixtures.failed(Kind.SERVER_ERROR, 500, ProfileFixtures.TEN_THOUSAND));

        ServerProfileView view = navigate(ServerProfileView.class);

        assertThat(view.card.failure.detail.getText()).hasSizeLessThan(600).endsWith("(9500 more characters)");
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(Kind.NOT_SIGNED_IN, 0, "Your session has ended. Taking you to sign in again", true),
                Arguments.of(Kind.TOKEN_REJECTED, 401, "did not accept your sign-in", true),
                Arguments.of(Kind.SCOPE_MISSING, 403, "the grant lacks the internal_login scope", true),
                Arguments.of(Kind.NOT_FOUND, 404, "found no user at the configured /Me address (HTTP 404)", false),
                Arguments.of(Kind.SERVER_ERROR, 503, "failed on its side (HTTP 503)", false),
                Arguments.of(Kind.TIMEOUT, 0, "did not answer in time", false),
                Arguments.of(Kind.UNREACHABLE, 0, "cannot be reached", false),
                Arguments.of(Kind.INVALID_RESPONSE, 200, "not a SCIM user (test)", false),
                Arguments.of(Kind.UNEXPECTED_STATUS, 429, "unexpected status (HTTP 429)", false));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void each_failure_is_explained_with_try_again(Kind kind, int status, String explanation, boolean signInAgain) {
        when(profiles.load()).thenReturn(ProfileFixtures.failed(kind, status, "<i>SCIM says no</i>"));

        ServerProfileView view = navigate(ServerProfileView.class);

        assertThat(view.card.failure.isVisible()).isTrue();
        assertThat(view.card.rows.isVisible()).isFalse();
        assertThat(find(Component.class)
                        .withId("profile-error-title")
                        .single()
                        .getElement()
                        .getText())
                .isEqualTo("Failed to fetch user details");
        assertThat(view.card.failure.reason.getText()).contains(explanation);
        assertThat(view.card.failure.detail.getText()).isEqualTo("The API said: <i>SCIM says no</i>");
        assertThat(view.card.tryAgain.isVisible()).isTrue();
        assertThat(view.card.signInAgain.isVisible()).isEqualTo(signInAgain);
    }

    @Test
    void an_ended_session_takes_the_user_through_sign_in_and_back_to_this_route() {
        when(profiles.load()).thenReturn(ProfileFixtures.failed(Kind.NOT_SIGNED_IN, 0, null));

        navigate(ServerProfileView.class);

        assertThat(pendingJavaScript()).contains("/oauth2/authorization/asgardeo?return=%2Fserver-profile");
    }

    @Test
    void a_missing_scope_offers_grant_access_which_asks_for_consent_and_comes_back() {
        when(profiles.load()).thenReturn(ProfileFixtures.failed(Kind.SCOPE_MISSING, 403, null));
        ServerProfileView view = navigate(ServerProfileView.class);
        assertThat(view.card.signInAgain.getText()).isEqualTo("Grant access");

        test(view.card.signInAgain).click();

        assertThat(pendingJavaScript()).contains("/oauth2/authorization/asgardeo?return=%2Fserver-profile&consent");
    }

    @Test
    void grant_access_keeps_the_scopes_the_api_named_in_the_session_not_in_the_link() {
        when(profiles.load())
                .thenReturn(new ProfileResult.Failed(new ProfileFailure(
                        Kind.SCOPE_MISSING, 403, null, "test", List.of("internal_login", "groups:read"))));
        ServerProfileView view = navigate(ServerProfileView.class);
        assertThat(view.card.failure.reason.getText())
                .contains("the grant lacks the internal_login and groups:read scopes");
        WrappedSession session = VaadinSession.getCurrent().getSession();
        assertThat(ScopesToGrant.remembered(session))
                .as("nothing before the click")
                .isEmpty();

        test(view.card.signInAgain).click();

        assertThat(ScopesToGrant.remembered(session)).containsExactly("internal_login", "groups:read");
        assertThat(pendingJavaScript())
                .contains("/oauth2/authorization/asgardeo?return=%2Fserver-profile&consent")
                .doesNotContain("groups");
    }

    private static String pendingJavaScript() {
        return com.vaadin.flow.component.UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(invocation -> invocation.getInvocation().getParameters().toString())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    void try_again_loads_again_and_recovers() {
        when(profiles.load())
                .thenReturn(ProfileFixtures.failed(Kind.SERVER_ERROR, 500, null), ProfileFixtures.demoProfile());
        ServerProfileView view = navigate(ServerProfileView.class);
        assertThat(view.card.failure.isVisible()).isTrue();

        test(find(Button.class).withId("profile-try-again").single()).click();

        assertThat(view.card.failure.isVisible()).isFalse();
        assertThat(row(view, "given-name")).isEqualTo("Demo");
        verify(profiles, times(2)).load();
    }

    static String row(Component view, String id) {
        DescriptionList.Description description = (DescriptionList.Description) view.getUI()
                .orElseThrow()
                .getChildren()
                .flatMap(ServerProfileViewTest::descendants)
                .filter(component ->
                        component.getId().filter(("profile-" + id)::equals).isPresent())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id));
        return textOf(description);
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(ServerProfileViewTest::descendants));
    }

    private static String textOf(Component component) {
        // Lines of text as a person reads them: each Div a line, spans run together.
        if (component.getChildren().findAny().isEmpty()) {
            return component.getElement().getText();
        }
        String separator =
                component.getChildren().allMatch(child -> child instanceof com.vaadin.flow.component.html.Div)
                        ? "\n"
                        : "";
        return String.join(
                separator,
                component.getChildren().map(ServerProfileViewTest::textOf).toList());
    }
}
