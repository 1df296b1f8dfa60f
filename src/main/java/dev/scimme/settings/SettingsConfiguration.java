package dev.scimme.settings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Every setting of the app, bound and validated once at start-up: the identity provider
 * ({@code AUTH_ASGARDEO_*}) and the SCIM client's patience ({@code scim.*}). Values may also come
 * from {@code .env} files ({@link DotEnvEnvironmentPostProcessor}); a wrong one stops the app with a
 * sentence naming it ({@link InvalidSettingFailureAnalyzer}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AsgardeoProperties.class, ScimMeProperties.class})
public class SettingsConfiguration {}
