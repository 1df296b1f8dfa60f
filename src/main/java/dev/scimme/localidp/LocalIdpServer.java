package dev.scimme.localidp;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The IdP's application: the one source of its {@code SpringApplication}.
 *
 * <p>It names the auto-configurations it needs instead of enabling all of them, so nothing the app
 * brings along (Vaadin, the OAuth2 client, actuator, whatever comes next) starts a second time inside
 * the IdP. None of this package's classes carries {@code @Configuration} or {@code @Component}:
 * the app's {@code @SpringBootApplication} scans {@code dev.scimme} and would otherwise register the
 * IdP's security filter chains and beans in the app. Plain classes with {@code @Bean} methods, passed
 * as sources or imported, are processed as "lite" configuration and are invisible to a component scan.
 */
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class,
    ErrorMvcAutoConfiguration.class,
    HttpEncodingAutoConfiguration.class,
    HttpMessageConvertersAutoConfiguration.class,
    JacksonAutoConfiguration.class,
    SecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
})
@EnableWebSecurity
@Import({AuthorizationServerBeans.class, LocalIdpSecurity.class})
final class LocalIdpServer {

    @Bean
    RouterFunction<ServerResponse> scimMe(
            LocalUsers users, ScimBehaviour behaviour, LocalIdpIdentity identity, JsonMapper jsonMapper) {
        return new ScimMeEndpoint(users, behaviour, identity.issuer(), jsonMapper).routes();
    }

    @Bean
    RouterFunction<ServerResponse> scimSchemas(ScimBehaviour behaviour, LocalIdpIdentity identity) {
        return new ScimSchemasEndpoint(behaviour, identity.issuer()).routes();
    }

    @Bean
    RouterFunction<ServerResponse> scimServiceProviderConfig(ScimBehaviour behaviour, LocalIdpIdentity identity) {
        return new ServiceProviderConfigEndpoint(behaviour, identity.issuer()).routes();
    }
}
