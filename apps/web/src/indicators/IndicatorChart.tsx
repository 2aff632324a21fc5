import { fr } from '@codegouvfr/react-dsfr';
import { useIsDark } from '@codegouvfr/react-dsfr/useIsDark';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

// Only the parts drawn here: chart.js leaves the rest out of the bundle.
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
);
// The DSFR's typeface, as the rest of the page.
Chart.defaults.font.family = 'Marianne, arial, sans-serif';

type IndicatorChartProps = {
  kind: 'bar' | 'line';
  labels: string[];
  /** null: a hidden figure (« moins de 5 ») or none, drawn as a gap, never as 0. */
  values: (number | null)[];
  /** What the chart shows, in words: the canvas is an image to assistive technologies. */
  summary: string;
  /** The id of the table holding the same figures. */
  tableId: string;
};

/** A chart of an indicator's figures, drawn in the DSFR's colours; its table, next to it, is what can be read. */
export function IndicatorChart({ kind, labels, values, summary, tableId }: IndicatorChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { isDark } = useIsDark();

  useEffect(() => {
    if (!canvas.current) return;
    const colors = fr.colors.getHex({ isDark }).decisions;
    const text = colors.text.default.grey.default;
    const grid = colors.border.default.grey.default;
    const chart = new Chart(canvas.current, {
      type: kind,
      data: {
        labels,
        datasets: [
          {
            data: values,
            backgroundColor: colors.background.actionHigh.blueFrance.default,
            borderColor: colors.background.actionHigh.blueFrance.default,
          },
        ],
      },
      options: {
        maintainAspectRatio: false,
        // The table says the same at once: no motion to wait for.
        animation: false,
        spanGaps: false,
        scales: {
          x: { ticks: { color: text }, grid: { color: grid } },
          y: { beginAtZero: true, ticks: { color: text, precision: 0 }, grid: { color: grid } },
        },
      },
    });
    return () => chart.destroy();
  }, [kind, labels, values, isDark]);

  return (
    <div className="ouvroir-indicator-chart">
      <canvas ref={canvas} role="img" aria-label={summary} aria-describedby={tableId} />
    </div>
  );
}
