package dev.scimme.security;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.scimme.cluster.SignOutRelay;
import dev.scimme.settings.AsgardeoProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The sign-in policy, top to bottom: every route is closed unless its view says otherwise
 * ({@code @AnonymousAllowed}, {@code @PermitAll}); the identity provider is the login page; a
 * rejected sign-in ends on an error page (not back at the IdP, which would loop); sign-out ends
 * the IdP session too and comes back to {@code /}; the IdP can end the app's sessions of a user
 * (back-channel logout).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfiguration {

    public static final String LOGIN_PATH = "/oauth2/authorization/" + LazyClientRegistrationRepository.REGISTRATION_ID;
    /** A route of the UI ({@code @AnonymousAllowed}) that explains the failure and offers to try again. */
    public static final String SIGN_IN_FAILED_ROUTE = "sign-in-failed";

    /** A route of the UI ({@code @AnonymousAllowed}) saying the IdP cannot be reached, with "Try again". */
    public static final String SIGN_IN_UNAVAILABLE_ROUTE = "sign-in-unavailable";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            VaadinDefaultRequestCache requestCache,
            OidcSessionRegistry oidcSessions,
            LocalOidcSessions localSessions,
            SignOutRelay signOutRelay,
            IdentityProviderAvailability idpAvailability) {
        // Health for load balancers and monitors; details only for signed-in callers (application.properties).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll());
        // The app's icon sprite (dev.scimme.icons.AppIcon): the signed-out home view shows icons too.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/icons/*.svg").permitAll());
        // Spring's session request cache marks the address it sends the user back to after sign-in
        // with "?continue" (only requests so marked look for a saved request), and the address bar
        // would keep it. Without the marker each request looks the session up instead: a map read.
        HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
        savedRequests.setMatchingRequestParameterName(null);
        requestCache.setDelegateRequestCache(savedRequests);
        http.addFilterBefore(
                new SignInStartFilter(requestCache, idpAvailability), OAuth2AuthorizationRequestRedirectFilter.class);
        // The login page is set here as well as by Vaadin's configurer below: this configurer is
        // initialised first, and only a login page known at that time becomes the entry point
        // (otherwise Spring's generated /login page would be).
        http.oauth2Login(login -> login.loginPage(LOGIN_PATH)
                .oidcSessionRegistry(oidcSessions)
                .authorizationEndpoint(
                        endpoint -> endpoint.authorizationRequestResolver(new ConsentRequestingResolver(registrations)))
                .failureHandler(new SimpleUrlAuthenticationFailureHandler("/" + SIGN_IN_FAILED_ROUTE))
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(new AuthorizationRequestFailureHandler());
                        return filter;
                    }
                }));
        // OpenID Connect Back-Channel Logout: the IdP ends this app's sessions of a user it signed out,
        // on every instance (package cluster).
        http.oidcLogout(logout -> logout.backChannel(backChannel ->
                backChannel.logoutHandler(new ReplayRejectingLogoutHandler(localSessions, signOutRelay))));
        // Vaadin's configurer uses this success handler instead of creating its own: after sign-in,
        // only same-origin targets.
        http.setSharedObject(
                VaadinSavedRequestAwareAuthenticationSuccessHandler.class, SameOriginRedirectStrategy.successHandler());
        http.headers(SecurityHeaders::configure);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}/"));
        return http.build();
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(AsgardeoProperties settings) {
        return new LazyClientRegistrationRepository(settings);
    }

    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new SessionAuthorizedClientRepository();
    }

    @Bean
    OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshTokenResponseClient() {
        return new RestClientRefreshTokenTokenResponseClient();
    }

    /**
     * In memory on each instance, also when several share Redis: its entries hold the signed-in user
     * with the ID token, which stays on its instance, and only that instance can end the session.
     * The other instances learn whose sessions end from the relayed sign-out (package cluster).
     */
    @Bean
    OidcSessionRegistry oidcSessionRegistry() {
        return new InMemoryOidcSessionRegistry();
    }

    /** Also a session listener (Boot registers it with the servlet container): it keeps sessions by id. */
    @Bean
    LocalOidcSessions localOidcSessions(OidcSessionRegistry oidcSessions) {
        return new LocalOidcSessions(oidcSessions);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
