package org.majlis.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.select.Select;
import org.majlis.base.Language;

/** English / Français / العربية: switches the whole UI at once and remembers the choice. */
public class LanguageSwitcher extends Select<Language> {

    public LanguageSwitcher() {
        setItems(Language.values());
        setItemLabelGenerator(language -> getTranslation("language." + language.code()));
        setId("language-switcher");
        addClassName("language-switcher");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setAriaLabel(getTranslation("language.switcher"));
        setValue(LocaleSupport.current(attachEvent.getUI()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                LocaleSupport.switchTo(attachEvent.getUI(), event.getValue());
            }
        });
    }
}
