package dev.scimme.localidp;

import java.time.Instant;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IdP's access policy, read top to bottom: the OAuth 2.1 / OIDC endpoints, then SCIM for bearer
 * tokens with {@code internal_login}, then the sign-in form for everything else.
 */
final class LocalIdpSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, LocalUsers users) throws Exception {
        http.oauth2AuthorizationServer(authorizationServer -> {
            http.securityMatcher(authorizationServer.getEndpointsMatcher());
            authorizationServer.oidc(oidc ->
                    oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(context -> users.userInfo(
                            context.getAuthorization().getPrincipalName(),
                            context.getAuthorization().getAuthorizedScopes()))));
        });
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated());
        // UserInfo is called with the access token.
        http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        // A browser that is not signed in yet goes to the form; API clients get a 401.
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/login"), browserRequests()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain scimEndpoints(HttpSecurity http, JsonMapper jsonMapper) throws Exception {
        ScimErrorResponses scimErrors =
                new ScimErrorResponses(jsonMapper, AuthorizationServerBeans.INTERNAL_LOGIN_SCOPE);
        http.securityMatcher("/scim2/**")
                .authorizeHttpRequests(authorize ->
                        authorize.anyRequest().hasAuthority("SCOPE_" + AuthorizationServerBeans.INTERNAL_LOGIN_SCOPE))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(scimErrors)
                        .accessDeniedHandler(scimErrors))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(scimErrors).accessDeniedHandler(scimErrors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens only, no cookies: nothing for a cross-site request to ride on.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /** Spring Security's configurers look this bean up instead of capturing the global strategy. */
    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        return new CurrentSecurityContextHolderStrategy();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LocalUsers localUsers(LocalIdpSettings settings) {
        return new LocalUsers(settings.users(), Instant.now());
    }

    @Bean
    UserDetailsService userDetailsService(LocalUsers users, PasswordEncoder passwordEncoder) {
        return users.userDetailsService(passwordEncoder);
    }

    private static MediaTypeRequestMatcher browserRequests() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return matcher;
    }
}
