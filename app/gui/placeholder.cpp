// SPDX-License-Identifier: MIT
namespace org::ui { int editorPlaceholder() { return 0; } }
