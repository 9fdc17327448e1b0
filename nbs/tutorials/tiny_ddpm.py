"A small DDPM for 32x32 digits, written the way tutorials write them: an nn.Embedding for the timestep, images in [-0.5, 0.5]."
import math
import torch
import torch.nn as nn
import torch.nn.functional as F

class Block(nn.Module):
    "Two 3x3 convolutions with the time embedding added in between, and a residual connection."
    def __init__(self, c_in, c_out, t_dim):
        super().__init__()
        self.conv1, self.conv2 = nn.Conv2d(c_in, c_out, 3, padding=1), nn.Conv2d(c_out, c_out, 3, padding=1)
        self.norm1, self.norm2 = nn.GroupNorm(8, c_out), nn.GroupNorm(8, c_out)
        self.time = nn.Linear(t_dim, c_out)
        self.skip = nn.Conv2d(c_in, c_out, 1) if c_in != c_out else nn.Identity()
    def forward(self, x, t_emb):
        h = F.silu(self.norm1(self.conv1(x))) + self.time(t_emb)[:, :, None, None]
        return F.silu(self.norm2(self.conv2(h))) + self.skip(x)

class TinyUNet(nn.Module):
    "32x32 -> 16x16 -> 8x8 and back, with skip connections; `forward(x, t)` predicts the noise epsilon."
    def __init__(self, T=1000, ch=32, t_dim=64, channels=1):
        super().__init__()
        self.t_embed = nn.Sequential(nn.Embedding(T, t_dim), nn.Linear(t_dim, t_dim), nn.SiLU()) # t must be an integer
        self.inc = nn.Conv2d(channels, ch, 3, padding=1)
        self.down1, self.down2, self.mid = Block(ch, ch, t_dim), Block(ch, 2 * ch, t_dim), Block(2 * ch, 2 * ch, t_dim)
        self.up2, self.up1 = Block(4 * ch, ch, t_dim), Block(2 * ch, ch, t_dim)
        self.out = nn.Conv2d(ch, channels, 1)
    def forward(self, x, t):
        e = self.t_embed(t)
        h1 = self.down1(self.inc(x), e)                    # 32x32
        h2 = self.down2(F.avg_pool2d(h1, 2), e)            # 16x16
        h = self.mid(F.avg_pool2d(h2, 2), e)               # 8x8
        h = self.up2(torch.cat([F.interpolate(h, scale_factor=2.), h2], 1), e)
        h = self.up1(torch.cat([F.interpolate(h, scale_factor=2.), h1], 1), e)
        return self.out(h)

def build(T=1000, ch=32):
    "The network, for `load_target('tiny_ddpm.py:build', ...)`."
    return TinyUNet(T, ch)
