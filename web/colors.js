// One colour per PLOVER type, shared by the map, the table and the legend.
const PALETTE = {
  ASSAULT: '#c62828', COERCE: '#6a1b9a', PROTEST: '#ef6c00', MOBILIZE: '#ad1457', THREATEN: '#8d6e63',
  SANCTION: '#4e342e', REDUCE: '#546e7a', DEMAND: '#f9a825', DISAPPROVE: '#9e9d24', ACCUSE: '#827717',
  REJECT: '#5d4037', SUPPORT: '#2e7d32', COOPERATE: '#00897b', CONSULT: '#1565c0', AGREE: '#0277bd',
  AID: '#00838f', RETREAT: '#78909c', CONCEDE: '#4527a0', ENGAGE: '#283593',
};
export function typeColor(type) { return PALETTE[type] || '#455a64'; }
