#pragma once

#include "core/section.h"

namespace amends::ui {

class SectionEditor;

/// Where the editor of each section is, and how to bring one into view: what the
/// finding views need from the window, and no more.
class SectionEditors
{
public:
    virtual ~SectionEditors() = default;

    virtual SectionEditor *sectionEditor(core::Section section) const = 0;
    /// Shows the wizard step of @p section, so that its editor is visible.
    virtual void showSection(core::Section section) = 0;
};

} // namespace amends::ui
