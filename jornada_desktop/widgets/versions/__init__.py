"""Versions of the file: Save version, Versions…, Save a copy as… (`actions`) and the versions dialog."""
