"""Every Progress chart, in the order the page and the report number them (see data.py).

Importing this imports matplotlib: only the Progress page, the report and the self-test do.
"""

from trustplanner.charts.endings import EndingsChart
from trustplanner.charts.fears import FearsChart
from trustplanner.charts.keeping import CalendarChart, WeekdayChart
from trustplanner.charts.promises import PromisesChart
from trustplanner.charts.realism import RealismChart
from trustplanner.charts.took import TookChart
from trustplanner.charts.trust_index import IndexChart

CHARTS = (
    IndexChart,
    EndingsChart,
    RealismChart,
    FearsChart,
    CalendarChart,
    WeekdayChart,
    TookChart,
    PromisesChart,
)
