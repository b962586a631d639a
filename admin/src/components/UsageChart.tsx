import { Box, Typography } from '@mui/material';
import { formatDecimal } from '../format/money';
import type { UsageBar } from './usage-history';

const WIDTH = 520;
const HEIGHT = 160;
const AXIS = 18;
const TOP = 14;

/**
 * Usage as bars in plain SVG (no chart library): one bar per period, the highest scaled to the
 * height, the value over each bar and its month under it. A highlighted bar is this period's.
 */
export const UsageChart = ({
  bars,
  unit = 'gal',
  title,
}: {
  bars: readonly UsageBar[];
  unit?: string;
  title: string;
}) => {
  if (!bars.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        No usage history yet.
      </Typography>
    );
  }
  const max = Math.max(...bars.map(b => b.value), 1);
  const slot = WIDTH / bars.length;
  const barWidth = Math.max(4, slot * 0.7);
  const plot = HEIGHT - AXIS - TOP;
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={`${title}: ${bars.map(b => `${b.label} ${formatDecimal(b.text)} ${unit}`).join(', ')}`}
        style={{ maxWidth: WIDTH, fontFamily: 'inherit' }}
      >
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} stroke="#9e9e9e" strokeWidth={1} />
        {bars.map((bar, i) => {
          const h = Math.max(bar.value > 0 ? 1 : 0, (Math.max(bar.value, 0) / max) * plot);
          const x = i * slot + (slot - barWidth) / 2;
          const y = HEIGHT - AXIS - h;
          return (
            <g key={bar.key} data-usage={bar.text}>
              <title>{`${bar.label}: ${formatDecimal(bar.text)} ${unit}`}</title>
              <rect
                x={x}
                y={y}
                width={barWidth}
                height={h}
                rx={2}
                fill={bar.highlight ? '#d32f2f' : '#1976d2'}
              />
              {bars.length <= 14 && (
                <text x={x + barWidth / 2} y={y - 3} fontSize={9} textAnchor="middle" fill="#424242">
                  {compact(bar.value)}
                </text>
              )}
              <text x={x + barWidth / 2} y={HEIGHT - 5} fontSize={9} textAnchor="middle" fill="#616161">
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
      <Typography component="figcaption" variant="caption" color="text.secondary">
        {title} ({unit})
      </Typography>
    </Box>
  );
};

/** 18400 → "18.4k" for the labels over the bars. */
function compact(value: number): string {
  if (Math.abs(value) >= 1000) return `${(value / 1000).toFixed(value >= 10000 ? 0 : 1)}k`;
  return String(Math.round(value));
}
