package dev.scimme.profile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.scimme.profile.ScimAttribute;
import dev.scimme.profile.ScimEmail;
import dev.scimme.profile.ScimPhoneNumber;
import dev.scimme.profile.ScimProfile;
import java.util.List;

/**
 * The profile's values, one row each: "Email", "First Name", "Last Name" and whatever else the API
 * sent, or placeholders while it is on its way. Labels and values alike are set as text, never as
 * HTML (an attribute's label is the server's JSON key), and shortened when very long or very many
 * ({@link ShortText}).
 */
class ProfileRows extends DescriptionList {

    static final String LOADING = "Loading…";

    ProfileRows() {
        addClassName("profile-rows");
        setId("profile-rows");
    }

    void showLoading() {
        removeAll();
        addRow("email", "Email", text(LOADING, true));
        addRow("given-name", "First Name", text(LOADING, true));
        addRow("family-name", "Last Name", text(LOADING, true));
        getElement().setAttribute("aria-busy", "true");
    }

    void show(ScimProfile profile) {
        removeAll();
        getElement().removeAttribute("aria-busy");
        addRow("email", "Email", emails(profile.emails()));
        addRow("given-name", "First Name", text(profile.givenName().orElse(""), false));
        addRow("family-name", "Last Name", text(profile.familyName().orElse(""), false));
        String formatted = profile.name().formatted();
        if (formatted != null && !formatted.isBlank()) {
            addRow("formatted-name", "Full Name", text(formatted, false));
        }
        if (profile.userName() != null) {
            addRow("user-name", "User Name", text(profile.userName(), false));
        }
        if (!profile.phoneNumbers().isEmpty()) {
            addRow("phone", "Phone", phones(profile.phoneNumbers()));
        }
        int index = 0;
        for (ScimAttribute attribute : profile.otherAttributes()) {
            addRow("attribute-" + index++, ShortText.of(attribute.label()), text(attribute.value(), false));
        }
    }

    private void addRow(String id, String label, Component value) {
        DescriptionList.Term term = new DescriptionList.Term(label);
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId("profile-" + id);
        add(term, description);
    }

    private static Component emails(List<ScimEmail> emails) {
        if (emails.isEmpty()) {
            return text("", false);
        }
        Div all = new Div();
        for (ScimEmail email : emails.subList(0, Math.min(emails.size(), ShortText.MAX_EMAILS))) {
            Div line = new Div(new Span(ShortText.of(email.value())));
            if (email.primary()) {
                Span badge = new Span("primary");
                badge.addClassName("profile-badge");
                line.add(badge);
            } else if (email.type() != null) {
                Span type = new Span(" (" + ShortText.of(email.type()) + ")");
                type.addClassName("profile-type");
                line.add(type);
            }
            all.add(line);
        }
        if (emails.size() > ShortText.MAX_EMAILS) {
            Div more = new Div(ShortText.moreEmails(emails.size() - ShortText.MAX_EMAILS));
            more.setId("profile-email-more");
            all.add(more);
        }
        return all;
    }

    private static Component phones(List<ScimPhoneNumber> phones) {
        Div all = new Div();
        phones.forEach(phone -> all.add(new Div(
                ShortText.of(phone.type() == null ? phone.value() : phone.value() + " (" + phone.type() + ")"))));
        return all;
    }

    private static Span text(String value, boolean loading) {
        Span span = new Span(ShortText.of(value));
        if (loading) {
            span.addClassName("loading");
        }
        return span;
    }
}
