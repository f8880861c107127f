/** The canvas's name for `focusCanvasElement`, which lives in ui/ so that panels may also move focus onto a node ("Show it"). */
export { focusCanvasElement } from '../ui/focusCanvasElement';
