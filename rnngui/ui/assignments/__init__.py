"""Assignments: made by the teacher, enforced and recorded in the student's window, reviewed."""
