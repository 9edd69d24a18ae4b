"""Teaching: the lesson panel, presenter mode, themes, class set-up and the shortcuts sheet."""
