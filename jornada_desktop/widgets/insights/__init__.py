"""The insights dashboard and its charts; `install` joins the dashboard to the window."""
