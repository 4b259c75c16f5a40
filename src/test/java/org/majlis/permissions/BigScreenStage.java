package org.majlis.permissions;

import org.majlis.floor.BigScreenService;
import org.majlis.permissions.PermissionWorld.Cast;
import org.majlis.permissions.Stage.Target;
import org.springframework.context.ApplicationContext;

import static org.majlis.permissions.Actors.as;

/** The big screen's set-up for the permission table: a link of the room, made by its chair, to revoke. */
final class BigScreenStage {

    private final BigScreenService screens;

    BigScreenStage(ApplicationContext context) {
        this.screens = context.getBean(BigScreenService.class);
    }

    Target link(Cast cast) {
        var issued = as(cast.chair(), () -> screens.create(cast.roomId()));
        return new Target(cast.roomId(), issued.summary().id(), -1, -1);
    }
}
