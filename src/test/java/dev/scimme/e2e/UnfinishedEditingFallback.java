package dev.scimme.e2e;

import static org.mockito.Mockito.mock;

import dev.scimme.profile.ProfileFailure;
import dev.scimme.profile.ScimProfile;
import dev.scimme.profile.edit.AttributeDefinition;
import dev.scimme.profile.edit.EditCapabilities;
import dev.scimme.profile.edit.Mutability;
import dev.scimme.profile.edit.ProfileDraft;
import dev.scimme.profile.edit.ProfileEditingService;
import dev.scimme.profile.edit.SaveResult;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Lets the browser tests open the edit form while {@link ProfileEditingService} is still the bare
 * contract (its methods throw {@link UnsupportedOperationException}; it is implemented on another
 * branch, and the embedded IdP's PATCH on a third). Every call goes to the real service; only a call
 * it does not support yet is answered here, as the service will answer without {@code /Schemas}:
 * names, e-mail addresses and phone numbers, all editable. A save answers "not implemented" (501):
 * the browser tests stop at the form's own checks. Once the service is implemented this falls silent,
 * and can be deleted.
 */
final class UnfinishedEditingFallback implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof ProfileEditingService real ? withFallback(real) : bean;
            }
        });
    }

    private static ProfileEditingService withFallback(ProfileEditingService real) {
        return mock(ProfileEditingService.class, invocation -> {
            try {
                return invocation.getMethod().invoke(real, invocation.getArguments());
            } catch (InvocationTargetException thrown) {
                if (!(thrown.getCause() instanceof UnsupportedOperationException)) {
                    throw thrown.getCause();
                }
                return switch (invocation.getMethod().getName()) {
                    case "capabilities" -> capabilities();
                    case "draftOf" -> draftOf(invocation.getArgument(0));
                    case "save" -> notYet();
                    default -> throw thrown.getCause();
                };
            }
        });
    }

    private static EditCapabilities capabilities() {
        return new EditCapabilities(
                true,
                null,
                false,
                List.of(
                        new AttributeDefinition("name.givenName", "First Name", Mutability.READ_WRITE, false),
                        new AttributeDefinition("name.familyName", "Last Name", Mutability.READ_WRITE, false)),
                true,
                true);
    }

    private static ProfileDraft draftOf(ScimProfile profile) {
        Map<String, String> attributes = new HashMap<>();
        profile.givenName().ifPresent(given -> attributes.put("name.givenName", given));
        profile.familyName().ifPresent(family -> attributes.put("name.familyName", family));
        return new ProfileDraft(
                attributes,
                profile.emails().stream()
                        .map(email -> new ProfileDraft.EmailEntry(email.value(), email.type(), email.primary()))
                        .toList(),
                profile.phoneNumbers().stream()
                        .map(phone -> new ProfileDraft.PhoneEntry(phone.value(), phone.type()))
                        .toList());
    }

    private static SaveResult notYet() {
        return new SaveResult.Failed(new ProfileFailure(
                ProfileFailure.Kind.UNEXPECTED_STATUS, 501, null, "saving is not implemented on this branch"));
    }
}
