import { n as e } from "./chunk-DiqZc92J.js";
//#region frontend/copilot/shared/copilot-ui-state.ts
var t, n, r = e((() => {
	if (t = {
		AddEventListener: "Add Event Listener",
		AI: "AI",
		Delete: "Delete",
		DragAndDrop: "Drag and Drop",
		Duplicate: "Duplicate",
		SetLabel: "Set label",
		SetText: "Set text",
		SetHelper: "Set helper text",
		SetTitle: "Set title text",
		WrapWithTag: "Wrapping with tag",
		Alignment: "Alignment",
		Padding: "Padding",
		ModifyComponentSource: "Modify component source",
		Gap: "Gap",
		RedoUndo: "Redo/Undo",
		Sizing: "Sizing",
		ConnectToService: "ConnectToService",
		SetStaticData: "SetStaticData",
		ExtractComponent: "ExtractComponent",
		SetViewAccessRequirement: "SetViewAccessRequirement"
	}, n = window.Vaadin.copilot._uiState, !n) throw Error("Tried to access copilot ui state before it was initialized.");
}));
//#endregion
export { n, r, t };
