package org.majlis.bench.driver.protocol;

/**
 * What a browser reports for a plain left click with the mouse: the values of the event expressions a Flow click
 * listener asks for. Modifier keys are up, it is the first click ({@code detail} 1) of the main button (0); the
 * coordinates are irrelevant to the app and sent as 0.
 */
final class ClickData {

    private ClickData() {
    }

    static Object valueOf(String expression) {
        return switch (expression) {
            case "event.detail" -> 1;
            case "event.button" -> 0;
            case "event.isTrusted" -> true;
            default -> expression.endsWith("Key") ? Boolean.FALSE : (Object) 0;
        };
    }
}
