package org.majlis.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Every new UI starts in the remembered language and direction. */
@Component
class LocaleInitListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent ->
                LocaleSupport.apply(uiEvent.getUI(), LocaleSupport.initialLanguage(VaadinRequest.getCurrent())));
    }
}
