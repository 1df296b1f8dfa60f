package dev.scimme.profile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** "Failed to fetch user details", why in words, and what the API said, as text. */
class ProfileFailurePanel extends Div {

    final Paragraph reason = new Paragraph();
    final Paragraph detail = new Paragraph();

    ProfileFailurePanel() {
        H3 title = new H3(ProfileFailureMessage.TITLE);
        title.setId("profile-error-title");
        reason.setId("profile-error-reason");
        detail.setId("profile-error-detail");
        add(title, reason, detail);
        addClassName("profile-error");
        setId("profile-error");
    }

    void show(ProfileFailureMessage message) {
        reason.setText(message.reason());
        String apiDetail = message.apiDetail();
        detail.setText(apiDetail == null ? "" : "The API said: " + ShortText.of(apiDetail));
        detail.setVisible(apiDetail != null);
    }
}
